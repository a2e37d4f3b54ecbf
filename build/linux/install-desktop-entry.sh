#!/bin/sh
# Adds 4D Directory Editor from this unpacked tar.gz to your desktop (for you alone, nothing as root):
# the menu entry, its icon at every size, .4DProject files opening in it, and the app on your PATH.
#   ./install-desktop-entry.sh            install      ./install-desktop-entry.sh --remove   undo
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
name=4d-directory-editor

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$name.desktop" "$data/mime/packages/$name.xml" "$bin/$name"
  for png in "$here"/icons/*x*.png; do
    size=$(basename "$png" .png)
    rm -f "$data/icons/hicolor/$size/apps/$name.png"
  done
else
  mkdir -p "$data/applications" "$data/mime/packages" "$bin"
  for png in "$here"/icons/*x*.png; do
    size=$(basename "$png" .png)
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$png" "$data/icons/hicolor/$size/apps/$name.png"
  done
  # The entry runs this copy of the app (Exec needs an absolute path).
  sed "s|^Exec=$name|Exec=\"$here/$name\"|" "$here/$name.desktop" >"$data/applications/$name.desktop"
  cp "$here/$name.xml" "$data/mime/packages/$name.xml"
  ln -sf "$here/$name" "$bin/$name"
fi
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
if [ "${1:-}" = "--remove" ]; then
  echo "4D Directory Editor: desktop entry removed from $data"
else
  command -v xdg-mime >/dev/null 2>&1 && xdg-mime default "$name.desktop" application/x-4d-project || true
  echo "4D Directory Editor: desktop entry installed in $data (run $bin/$name, or open a .4DProject file)"
fi
