# Shared by scripts/start.sh and .ci/run (sourced, not run): install what Fieldvault needs on a
# Debian/Ubuntu machine and make .venv from a locked set of packages. Each step says what it does; a step
# that cannot be done stops everything with one line saying why (never a confusing error further on).
#
#   fv_apt PACKAGE...     install missing Debian packages (sudo when not root; waits for another apt)
#   fv_venv LOCKFILE      a .venv made by Python >= 3.11, holding exactly what LOCKFILE pins (hashes
#                         checked), then this project itself; rebuilt when its Python does not fit or
#                         the lock changed
#
# Updating the lock files (requirements/*.lock): see README.md, "Updating dependencies".

FV_MIN_PYTHON="3.11"

fv_fail() {
  echo "fieldvault setup: $*" >&2
  exit 1
}

fv_sudo() {
  if [ "$(id -u)" = "0" ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    fv_fail "need root to run: $* (run as root, or install sudo)"
  fi
}

fv_apt() {
  local missing="" p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  command -v apt-get >/dev/null || fv_fail "missing system packages:$missing (this script installs them with apt-get only)"
  echo "Installing system packages:$missing"
  # Another apt (unattended upgrades at boot) may hold the lock: wait for it rather than fail.
  fv_sudo apt-get -o DPkg::Lock::Timeout=600 update -qq || fv_fail "apt-get update failed (no network to the package mirror?)"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive fv_sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq $missing >/dev/null \
    || fv_fail "could not install:$missing"
}

fv_python_ok() {
  "$1" -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" >/dev/null 2>&1
}

fv_find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null && fv_python_ok "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

fv_python() {
  local py
  if ! py="$(fv_find_python)"; then
    if command -v apt-get >/dev/null; then
      # Ubuntu 22.04 ships 3.10; its repositories also carry 3.11.
      echo "No Python >= $FV_MIN_PYTHON found: installing python3.11" >&2
      fv_apt python3.11 python3.11-venv >&2
    fi
    py="$(fv_find_python)" || fv_fail "Fieldvault needs Python >= $FV_MIN_PYTHON; install it (or set PYTHON=/path/to/python3.11)"
  fi
  # Debian and Ubuntu split venv/ensurepip out of the interpreter package.
  if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
    local version
    version="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    fv_apt "python${version}-venv" >&2 || fv_apt python3-venv >&2
    "$py" -c "import ensurepip, venv" >/dev/null 2>&1 || fv_fail "$py cannot make virtual environments (install python${version}-venv)"
  fi
  echo "$py"
}

fv_pip() {
  # pip's own chatter about this machine's mirror configuration is noise; its failures are not.
  { .venv/bin/python -m pip "$@" 2>&1; } | { grep -v '^WARNING: Location' || true; }
}

fv_venv() {
  local lock="$1" py stamp want
  py="$(fv_python)"
  if [ -e .venv ] && ! { [ -x .venv/bin/python ] && fv_python_ok .venv/bin/python; }; then
    echo "Rebuilding .venv: it was made by a Python that does not fit (Fieldvault needs >= $FV_MIN_PYTHON)"
    rm -rf .venv
  fi
  stamp=".venv/.fieldvault-lock"
  want="$(sha256sum "$lock" pyproject.toml | sha256sum | cut -c1-64)"
  if [ -x .venv/bin/python ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    return 0
  fi
  if [ ! -x .venv/bin/python ]; then
    echo "Making .venv with $("$py" --version 2>&1)"
    "$py" -m venv .venv || fv_fail "could not make .venv with $py"
  fi
  echo "Installing the locked packages ($lock)"
  fv_pip install -q --upgrade pip || fv_fail "could not upgrade pip in .venv"
  fv_pip install -q --require-hashes -r "$lock" \
    || fv_fail "could not install the packages pinned in $lock (see pip's message above)"
  # The build backend warns about editable installs in general; nothing here to act on.
  PYTHONWARNINGS=ignore fv_pip install -q --no-deps -e . || fv_fail "could not install Fieldvault itself into .venv"
  echo "$want" >"$stamp"
}
