#!/usr/bin/env bash
# Builds classplan_VERSION_ARCH.deb from the installed tree of `make install`:
#   Packaging/deb.sh STAGE OUTDIR
# STAGE holds usr/bin/classplan, usr/bin/classplan-preview and usr/share/... as
# `make install DESTDIR=STAGE PREFIX=/usr` left them. The package's dependencies are read
# off the binaries themselves: every shared library they load, mapped to the Debian package
# that ships it.
set -euo pipefail
stage=$1
out=$2
binary="$stage/usr/bin/classplan"
version=$("$binary" --version)
arch=$(dpkg --print-architecture)

# Each library a binary itself names (its NEEDED entries; what those load in turn is
# their packages' business), found where ldd resolves it, to the package that owns it
# (dpkg -S). A library from the Swift toolchain would have no package: that is an error,
# since the binaries must run where no toolchain is installed.
depends=()
for program in "$binary" "$stage/usr/bin/classplan-preview"; do
  needed=$(objdump -p "$program" | awk '$1 == "NEEDED" { print $2 }')
  while read -r name path; do
    grep -qx "$name" <<<"$needed" || continue
    owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1) || true
    [ -n "$owner" ] || owner=$(dpkg -S "$path" 2>/dev/null | head -n1 | cut -d: -f1) || true
    if [ -z "$owner" ]; then
      echo "error: $path, which $(basename "$program") loads, is not from a Debian package; it would not run without it" >&2
      exit 1
    fi
    depends+=("$owner")
  done < <(ldd "$program" | awk '/=> \// { print $1, $3 }')
done
# The handouts need fonts, which are loaded by name rather than linked.
depends+=(fonts-noto-core)
depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | grep -v '^libc6$' | paste -sd, - | sed 's/,/, /g')
depends_line="libc6, $depends_line"

mkdir -p "$stage/DEBIAN"
size=$(du -sk "$stage/usr" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: classplan
Version: $version
Architecture: $arch
Maintainer: ClassPlanner <classplanner@example.org>
Installed-Size: $size
Depends: $depends_line
Section: misc
Priority: optional
Description: plan a movement class and print its handouts
 ClassPlanner reads a class plan written as YAML, times the class from a library of
 Pilates, yoga and physio-style exercises, and prints a class card, a teacher sheet and a
 student handout with a diagram of every position, and a pack for home practice.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group --build "$stage" "$out/classplan_${version}_${arch}.deb" >/dev/null
echo "$out/classplan_${version}_${arch}.deb"
