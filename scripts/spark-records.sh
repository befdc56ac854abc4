#!/usr/bin/env bash
# `parse --records -` as the map step of a real engine: a local Spark (local[2]) job pipes 2,000
# plans through plan-extract and writes the documents as Parquet (scripts/spark-records.py), then
# the same plans go through `plan-extract parse FOLDER --jobs 2` on the same machine, and both
# rates are printed. Not run by CI. Needs network access to Debian's and Python's package
# registries the first time: Java 17 comes from apt (when missing and run as root), pyspark from
# pip into a virtual environment under bench/out/spark/. Usage: bash scripts/spark-records.sh [PLANS]
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${1:-2000}
out=bench/out/spark
pyspark_version=${PYSPARK_VERSION:-4.0.0} # Spark 4 runs on Java 17 or 21; PYSPARK_VERSION picks another
mkdir -p "$out"

if ! command -v java >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y openjdk-17-jre-headless
  else
    echo "spark-records: Spark needs Java 17 or 21: install it (Debian: apt-get install openjdk-17-jre-headless)" >&2
    exit 2
  fi
fi
if [ ! -x "$out/venv/bin/python" ] || ! "$out/venv/bin/python" -c "import pyspark" 2>/dev/null; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install --quiet "pyspark==$pyspark_version"
fi
[ -f dist/bundle/cli.js ] || npm run build

# The bench's plans (the corpus cycled, each copy with its own first line), as records and as files.
mapfile -t made < <(node --input-type=module -e "
  import { recordsFile, planFolder } from './bench/lib/inputs.mjs';
  console.log(recordsFile($plans) + '\n' + planFolder($plans));")
records=${made[0]} folder=${made[1]}
# Two broken records at the end: each must come back as one {"path", "error"} line.
cp "$records" "$out/records.jsonl"
printf '%s\n' 'not JSON' '{"path": "no-text.txt"}' >> "$out/records.jsonl"

node_bin=$(command -v node)
cli_js="$PWD/bin/plan-extract.js"
now() { date +%s.%N; }

echo "plan-extract parse FOLDER --jsonl --jobs 2 on $plans plans ..." >&2
folder_start=$(now)
"$node_bin" "$cli_js" parse "$folder" --jsonl --jobs 2 --quiet > "$out/folder.jsonl"
folder_end=$(now)

echo "Spark local[2]: RDD.pipe through plan-extract parse --records - on $plans plans (+2 broken) ..." >&2
# Spark's Python workers must be the interpreter that has pyspark.
export PYSPARK_PYTHON="$PWD/$out/venv/bin/python" PYSPARK_DRIVER_PYTHON="$PWD/$out/venv/bin/python"
spark_start=$(now)
"$out/venv/bin/python" scripts/spark-records.py --records "$out/records.jsonl" --out "$out" --command "$(printf '%q %q' "$node_bin" "$cli_js")" --master 'local[2]' | tee "$out/spark.log"
spark_end=$(now)

node --input-type=module -e "
  const [figures, plans, folderStart, folderEnd, sparkStart, sparkEnd] = process.argv.slice(1);
  const f = JSON.parse(figures);
  const jobs2 = Number(plans) / (folderEnd - folderStart);
  console.log(JSON.stringify({ ...f, whole_spark_run_s: Number((sparkEnd - sparkStart).toFixed(1)),
    jobs2_plans_per_s: Number(jobs2.toFixed(1)), spark_pipe_vs_jobs2: Number((f.pipe_records_per_s / jobs2).toFixed(2)) }, null, 2));
" "$(tail -n 1 "$out/spark.log")" "$plans" "$folder_start" "$folder_end" "$spark_start" "$spark_end" | tee "$out/figures.json"
