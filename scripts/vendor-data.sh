#!/usr/bin/env bash
# Copies published data sets into seeds/data/, where the importers and tests read them:
# text files gzipped (deterministically: -n keeps no name or time, so the same input gives
# the same bytes), spreadsheets and licences as they are. New data arrives elsewhere (a
# download, a shared folder); nothing in the project reads it from there.
#
#   scripts/vendor-data.sh <folder holding the data sets> [data set ...]
#
# With no data set named, copies those listed in DATA_SETS below. Check seeds/data/README.md
# (sources, licences, row counts) after adding one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/seeds/data"
DATA_SETS=(onet-29.3 onet-27.0 bls-oews-2021 bls-ep-2022-32 ai-exposure-gpts-are-gpts)
# O*NET files the importer does not read are left out (Work Values, Scales Reference).
SKIP='^(Work Values|Scales Reference)\.txt$'

from="${1:?usage: scripts/vendor-data.sh <folder holding the data sets> [data set ...]}"
shift
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=("${DATA_SETS[@]}")
for set in "${sets[@]}"; do
  src="$from/$set"
  [ -d "$src" ] || { echo "vendor-data: $src is not a folder" >&2; exit 1; }
  mkdir -p "$DEST/$set"
  for file in "$src"/*; do
    name="$(basename "$file")"
    if [[ "$name" =~ $SKIP ]]; then continue; fi
    case "$name" in
      *.txt|*.tsv|*.csv) gzip -9 -n -c "$file" > "$DEST/$set/$name.gz" ;;
      *) cp "$file" "$DEST/$set/$name" ;;
    esac
  done
  echo "vendor-data: $set -> seeds/data/$set ($(du -sh "$DEST/$set" | cut -f1))"
done
