#!/usr/bin/env bash
# Checks of the installable program: each CHECK validates one desktop file or the package as a
# user's system would see it. usage: check.sh CHECK SOURCE_DIR BINARY_DIR
set -euo pipefail
check=$1 source_dir=$2 binary_dir=$3
desktop=$source_dir/resources/desktop
app_id=io.github.yeonpyo.Yeonpyo
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAILED: $*" >&2; exit 1; }

case "$check" in
desktop-entry)
  desktop-file-validate "$desktop/$app_id.desktop"
  grep -q '^MimeType=application/x-yeonpyo-timeline;$' "$desktop/$app_id.desktop" ||
    fail "the desktop entry does not open timeline documents"
  ;;
metainfo)
  appstreamcli validate --no-net --explain "$desktop/$app_id.metainfo.xml"
  ;;
mime-type)
  # The database the desktop builds from the package's MIME file maps *.yeonpyo to our type.
  mkdir -p "$scratch/mime/packages"
  cp "$desktop/$app_id.mime.xml" "$scratch/mime/packages/$app_id.xml"
  update-mime-database "$scratch/mime"
  grep -q 'application/x-yeonpyo-timeline:\*\.yeonpyo' "$scratch/mime/globs2" ||
    fail "*.yeonpyo is not mapped to application/x-yeonpyo-timeline"
  ;;
man-pages)
  for page in yeonpyo.1 yeonpyo-cli.1; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$desktop/$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$page: $warnings"
  done
  ;;
bash-completion)
  # Completes as bash would after TAB, against the yeonpyo-cli just built.
  complete_line() {
    PATH="$binary_dir/app/cli:$PATH" bash -c '
      shopt -s extglob; source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _yeonpyo_cli; printf "%s\n" "${COMPREPLY[@]}"
    ' completion "$desktop/yeonpyo-cli.bash-completion" "$@"
  }
  # (each answer is read whole before it is searched: grep -q would stop the writer early)
  offers() { local answer; answer=$(complete_line "${@:2}"); grep -qx -- "$1" <<<"$answer"; }
  offers ingest yeonpyo-cli "" || fail "commands: no 'ingest'"
  offers render yeonpyo-cli "" || fail "commands: no 'render'"
  offers render yeonpyo-cli re || fail "'re' does not complete to render"
  offers --map yeonpyo-cli render --ma || fail "render options: no --map"
  offers --reference-date yeonpyo-cli ingest --ref || fail "ingest options: no --reference-date"
  [ "$(complete_line yeonpyo-cli events --format ic)" = ics ] || fail "--format ic is not ics"
  [ "$(complete_line yeonpyo-cli ingest --timezone Asia/Seo)" = Asia/Seoul ] ||
    fail "--timezone Asia/Seo is not Asia/Seoul"
  ;;
deb)
  # Builds the package from this build and checks what it holds and needs.
  (cd "$binary_dir" && cpack -G DEB -B "$scratch" >"$scratch/cpack.log") ||
    { cat "$scratch/cpack.log" >&2; fail "cpack did not build the package"; }
  deb=$(ls "$scratch"/yeonpyo_*.deb)
  dpkg-deb -c "$deb" | awk '{print $6}' > "$scratch/contents"
  for path in ./usr/bin/yeonpyo ./usr/bin/yeonpyo-cli \
      ./usr/share/applications/$app_id.desktop \
      ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
      ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/mime/packages/$app_id.xml \
      ./usr/share/man/man1/yeonpyo.1.gz ./usr/share/man/man1/yeonpyo-cli.1.gz \
      ./usr/share/bash-completion/completions/yeonpyo-cli ./usr/share/doc/yeonpyo/copyright; do
    grep -qx "$path" "$scratch/contents" || fail "the package lacks $path"
  done
  depends=$(dpkg-deb -f "$deb" Depends)
  for needed in libqt6widgets6 libicu72 libsqlite3-0 fonts-noto-cjk qt6-qpa-plugins; do
    [[ "$depends" == *"$needed"* ]] || fail "the package does not depend on $needed: $depends"
  done
  ;;
*)
  fail "no check named $check"
  ;;
esac
echo "passed: $check"
