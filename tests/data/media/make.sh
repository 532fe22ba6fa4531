#!/bin/sh
# How the samples here were made: Debian 12's ffmpeg 5.1 (an independent writer; run once, output
# committed; the tests do not need ffmpeg). Synthetic test signals only (lavfi testsrc and sine): no
# recorded content. Licence: CC0 (made for this project).
set -e
cd "$(dirname "$0")"
ff() { ffmpeg -loglevel error -y "$@"; }
V="-f lavfi -i testsrc=size=96x64:rate=5"
A="-f lavfi -i sine=frequency=440:sample_rate=16000"
ff $V $A -t 1 -c:v libx264 -preset ultrafast -c:a aac -b:a 16k -metadata title="Depot walk" \
   -metadata comment="filmed near the depot" -metadata location="+12.3456-045.6789+100.000/" \
   -metadata creation_time=2026-02-01T10:20:30Z phone.mp4
ff $V $A -t 1 -c:v libx264 -preset ultrafast -c:a aac -b:a 16k -movflags use_metadata_tags \
   -metadata com.apple.quicktime.make=Apple -metadata com.apple.quicktime.model="iPhone 12" \
   -metadata com.apple.quicktime.location.ISO6709="+48.8583+002.2945+035.000/" \
   -metadata creation_time=2026-02-01T10:20:30Z iphone.mov
ff $V $A -t 1 -c:v libx264 -preset ultrafast -c:a aac -b:a 16k -metadata location="-04.3085+015.3123/" \
   -metadata make=Samsung -metadata model="SM-A525F" -f mov android.mov
ff $V -t 1 -c:v h263 -s 128x96 -an phone.3gp
ff $V -t 1 -c:v libvpx -b:v 50k -metadata title="WebM title" clip.webm
ff $A -t 1 -c:a libopus -b:a 8k -metadata title="Voice note" \
   -metadata comment="José Núñez said the trucks left at night" voice.opus
ff $A -t 1 -c:a libvorbis -q:a 0 -metadata title="Vorbis note" note.ogg
ff $A -t 1 -c:a libmp3lame -b:a 16k -metadata title="Harbour call" call.mp3
ff $A -t 1 -ar 8000 -metadata title="Wave title" memo.wav
ff $A -t 1 -c:a aac -b:a 16k raw.aac
ff $A -t 1 -c:a aac -b:a 16k -metadata title="Memo" memo.m4a
ff $A -t 1 -c:a flac memo.flac
# The viewer's poster and strip (tests/ui/test_media_viewer.py): 4 s, so that 8 frames across it differ;
# and one whose first 1.6 s are black (the poster is looked for further in).
ff -f lavfi -i testsrc=size=160x90:rate=5 $A -t 4 -c:v libx264 -preset ultrafast -pix_fmt yuv420p \
   -c:a aac -b:a 16k strip.mp4
ff -filter_complex "color=c=black:s=160x90:r=5:d=1.6[b];testsrc=s=160x90:r=5:d=2.4[t];[b][t]concat=n=2:v=1:a=0" \
   -c:v libx264 -preset ultrafast -pix_fmt yuv420p dark.mp4
