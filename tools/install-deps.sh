#!/usr/bin/env bash
# Installs the Debian packages Branch Desk needs to build, run and test, and the
# zh_CN.UTF-8 locale. Quick and quiet when everything is there already.
set -euo pipefail

packages=(
  build-essential meson ninja-build pkg-config libxml2-utils gettext
  libgtk-4-dev libgtk-4-bin libadwaita-1-dev libsqlite3-dev libcairo2-dev libsodium-dev
  libatspi2.0-dev locales xvfb xauth dbus-x11 at-spi2-core
  fonts-noto-cjk fonts-cantarell adwaita-icon-theme librsvg2-common dconf-gsettings-backend
  poppler-utils desktop-file-utils appstream imagemagick sqlite3
  cups cups-bsd cups-client printer-driver-cups-pdf libcups2-dev
  libsecret-1-dev gnome-keyring
)

as_root () {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  echo "Generating the zh_CN.UTF-8 locale"
  as_root sed -i -E 's/^# *(zh_CN.UTF-8 UTF-8)/\1/' /etc/locale.gen
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
  as_root locale-gen >/dev/null
fi
