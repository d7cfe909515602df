#!/usr/bin/env bash
# Renders the seed report (方正县教育局 2020) and the 淮安市 2024 report as Word documents, converts
# them to PDF with LibreOffice and each PDF page to PNG, to look at them; copies the first page of
# 淮安市 2024 to docs/huaian-2024-docx.png (the picture in README.md). Not part of the build.
# Needs a JDK 17, LibreOffice Writer, poppler-utils and CJK fonts
# (Debian: apt-get install libreoffice-writer poppler-utils fonts-wqy-zenhei).
# Usage: scripts/render-docx.sh [OUT_DIR]      (default: target/docx)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/docx}
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.pdf
./mvnw -q -B -pl examples -am package -DskipTests exec:java \
  -Dexec.mainClass=io.github.ogireport.examples.RenderDocx -Dexec.args="$(realpath "$out")"
for name in seed-fangzheng-edu-2020 huaian-2024; do
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
  pdftoppm -r 80 -png "$out/$name.pdf" "$out/$name"
done
first=$(ls "$out"/huaian-2024-*.png | sort | head -n 1)
cp "$first" docs/huaian-2024-docx.png
ls "$out"/*.png
echo docs/huaian-2024-docx.png
