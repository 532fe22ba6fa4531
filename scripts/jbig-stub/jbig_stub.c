/*
 * A stand-in for libjbig.so.0 in the one-folder build (scripts/build-app.sh compiles it; build.spec puts it
 * in place of the system's copy).
 *
 * The build carries Tesseract for OCR, which links Leptonica, which links libtiff, which links jbigkit's
 * libjbig: jbigkit is GPL-2.0+, which the Apache-2.0 app cannot ship. Fieldvault hands Tesseract images as
 * PNG on a pipe and never asks for a JBIG-compressed TIFF, so libtiff only needs these symbols to exist:
 * every call fails, and a JBIG-compressed TIFF (which nothing here produces) is refused with this error.
 *
 * Our own code, Apache-2.0. The signatures follow libtiff's use of them (tif_jbig.c); the structures are
 * opaque to this stub (libtiff allocates them; nothing here reads or writes them).
 */
#include <stddef.h>

#define FV_JBIG_UNSUPPORTED 0x60 /* an error code outside jbigkit's range: "unsupported" */

struct jbg_dec_state;
struct jbg_enc_state;

void jbg_dec_init(struct jbg_dec_state *s) { (void)s; }
int jbg_dec_in(struct jbg_dec_state *s, unsigned char *data, size_t len, size_t *cnt) {
    (void)s; (void)data; (void)len;
    if (cnt) *cnt = 0;
    return FV_JBIG_UNSUPPORTED;
}
unsigned long jbg_dec_getwidth(const struct jbg_dec_state *s) { (void)s; return 0; }
unsigned long jbg_dec_getheight(const struct jbg_dec_state *s) { (void)s; return 0; }
unsigned char *jbg_dec_getimage(const struct jbg_dec_state *s, int plane) { (void)s; (void)plane; return NULL; }
unsigned long jbg_dec_getsize(const struct jbg_dec_state *s) { (void)s; return 0; }
void jbg_dec_free(struct jbg_dec_state *s) { (void)s; }
void jbg_enc_init(struct jbg_enc_state *s, unsigned long x, unsigned long y, int planes, unsigned char **p,
                  void (*data_out)(unsigned char *start, size_t len, void *file), void *file) {
    (void)s; (void)x; (void)y; (void)planes; (void)p; (void)data_out; (void)file;
}
void jbg_enc_out(struct jbg_enc_state *s) { (void)s; }
void jbg_enc_free(struct jbg_enc_state *s) { (void)s; }
int jbg_newlen(unsigned char *bie, size_t len) { (void)bie; (void)len; return FV_JBIG_UNSUPPORTED; }
const char *jbg_strerror(int errnum) {
    (void)errnum;
    return "JBIG compression is not supported in this build of Fieldvault";
}
