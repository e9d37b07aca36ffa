#!/bin/sh
# Refreshes lib/formats/schemas/oasis from Debian's php-symfony-translation package, which ships unmodified
# copies of the OASIS XLIFF 1.2 (strict) and 2.0 core schemas and of the W3C xml.xsd. Run as root (apt-get).
# The files are copied as they are; the checksums go to oasis/SHA256SUMS, which a unit test verifies.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download php-symfony-translation)
deb=$(ls "$work"/php-symfony-translation_*.deb)
dpkg-deb -x "$deb" "$work/x"
from="$work/x/usr/share/php/Symfony/Component/Translation/Resources/schemas"
to=lib/formats/schemas/oasis
mkdir -p "$to/informativeCopiesOf3rdPartySchemas/w3c"
cp "$from/xliff-core-1.2-strict.xsd" "$from/xliff-core-2.0.xsd" "$to/"
cp "$from/xml.xsd" "$to/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
(cd "$to" && sha256sum xliff-core-1.2-strict.xsd xliff-core-2.0.xsd informativeCopiesOf3rdPartySchemas/w3c/xml.xsd > SHA256SUMS)
echo "from $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version):"
cat "$to/SHA256SUMS"
