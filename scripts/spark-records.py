"""A local Spark job that uses `plan-extract parse --records -` as its map step (RDD.pipe).

Run by scripts/spark-records.sh, which installs pyspark and prepares the input; not run by CI.
Reads JSON Lines records {"path", "text"}, pipes each partition through one plan-extract
process, writes the documents as Parquet and the failed records as JSON, and prints the
figures of the run as one JSON object on the last line of standard output.
"""
import argparse
import json
import time

from pyspark import StorageLevel
from pyspark.sql import SparkSession

parser = argparse.ArgumentParser()
parser.add_argument("--records", required=True, help="JSON Lines file of plans")
parser.add_argument("--out", required=True, help="output folder (documents.parquet, errors/)")
parser.add_argument("--command", required=True, help="how to run plan-extract, shell-quoted, without arguments")
parser.add_argument("--master", default="local[2]")
args = parser.parse_args()

started = time.perf_counter()
spark = (
    SparkSession.builder.master(args.master)
    .appName("plan-extract --records")
    .config("spark.ui.enabled", "false")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("WARN")
cores = spark.sparkContext.defaultParallelism
session_ready = time.perf_counter()

# --- the job: these lines are what the README shows ------------------------------------------
lines = spark.sparkContext.textFile(args.records, minPartitions=cores)  # one record per line
# One plan-extract process per partition, one thread each (the cores are Spark's to share out).
# Exit 1 only says some records failed; their error lines are in the output, so the exit code
# is not checked (checkCode=False, the default).
out = lines.pipe(f"{args.command} parse --records - --jobs 1 --quiet").persist(StorageLevel.MEMORY_AND_DISK)
output_lines = out.count()  # runs the pipe once; what follows reads the persisted lines
piped = time.perf_counter()
df = spark.read.json(out)  # documents and {"path", "error"} lines, one schema for both
documents = df.where("schemaVersion IS NOT NULL").drop("path", "error")
documents.write.mode("overwrite").parquet(f"{args.out}/documents.parquet")
failed = 0
if "error" in df.columns:
    errors = df.where("error IS NOT NULL").select("path", "error")
    failed = errors.count()
    errors.write.mode("overwrite").json(f"{args.out}/errors")
# ----------------------------------------------------------------------------------------------
written = time.perf_counter()

# Read back what an analyst would: the Parquet documents, percentage targets by region and year.
back = spark.read.parquet(f"{args.out}/documents.parquet")
targets = (
    back.selectExpr("meta.region AS region", "meta.year AS year", "explode(metrics) AS m")
    .where("m.normalized.unit = '%' AND m.cmp = '>='")
    .groupBy("region", "year")
    .count()
    .orderBy("region", "year")
    .collect()
)
input_lines = lines.count()
document_count = back.count()
spark.stop()

print(json.dumps({
    "master": args.master,
    "records": input_lines,
    "output_lines": output_lines,
    "one_line_per_record": input_lines == output_lines,
    "documents": document_count,
    "failed": failed,
    "session_start_s": round(session_ready - started, 2),
    "pipe_s": round(piped - session_ready, 2),
    "pipe_records_per_s": round(input_lines / (piped - session_ready), 1),
    "json_to_parquet_s": round(written - piped, 2),
    "percent_targets_by_region_year": [[r["region"], r["year"], r["count"]] for r in targets],
}, ensure_ascii=False))
