#!/usr/bin/env python3
"""Ingest many articles on a Dask cluster: `yeonpyo-cli extract` runs on the workers over shards
of the articles, and the events they find are imported into one timeline document.

    scripts/dask-ingest.py --db story.yeonpyo --local-workers 2 articles/
    scripts/dask-ingest.py --db story.yeonpyo --scheduler tcp://10.0.0.5:8786 \\
        --cli /opt/yeonpyo/bin/yeonpyo-cli --work-dir /shared/yeonpyo-run articles/

Articles are .txt, .html, .htm and .md files (folders are read recursively, in path order). The
document is the same as `yeonpyo-cli ingest --db FILE` over the same files in the same order,
except that extraction on the workers knows only the bundled gazetteer, not places the user
added to the document. Needs python3-distributed (Debian) and yeonpyo-cli on every worker.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")


def article_files(inputs):
    """The article files named or found below the folders named, in order."""
    files = []
    for given in inputs:
        if os.path.isdir(given):
            found = []
            for folder, subfolders, names in os.walk(given):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                found += [os.path.join(folder, name) for name in names
                          if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")]
            files += sorted(found)
        elif os.path.isfile(given):
            files.append(given)
        else:
            raise SystemExit(f"dask-ingest: {given} does not exist.")
    if not files:
        raise SystemExit("dask-ingest: no .txt, .html, .htm or .md articles were found.")
    return files


def article_text(path):
    """The file as text: UTF-8 (with or without a byte order mark), UTF-16 with one, or CP949."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp949", errors="replace")


def shard_lines(files, first_id):
    """The JSON Lines `extract` reads for one shard of files."""
    return "".join(json.dumps({"id": first_id + offset, "text": article_text(path), "url": path},
                              ensure_ascii=False) + "\n"
                   for offset, path in enumerate(files))


def extract_shard(cli, options, articles, work_dir, name):
    """Runs on a worker: `extract` over one shard. Returns the events as text, or, with a work
    folder on shared storage, the path of the file that holds them."""
    done = subprocess.run([cli, "extract", *options], input=articles.encode("utf-8"),
                          capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"{name}: {done.stderr.decode('utf-8', 'replace').strip()}")
    if not work_dir:
        return done.stdout.decode("utf-8")
    path = os.path.join(work_dir, name + ".jsonl")
    with open(path, "wb") as handle:
        handle.write(done.stdout)
    return path


def extract_options(arguments):
    options = []
    for flag, value in (("--reference-date", arguments.reference_date),
                        ("--timezone", arguments.timezone), ("--lang", arguments.lang)):
        if value:
            options += [flag, value]
    return options


def run(arguments, client):
    files = article_files(arguments.inputs)
    shards = [files[start:start + arguments.shard_size]
              for start in range(0, len(files), arguments.shard_size)]
    options = extract_options(arguments)
    futures = [client.submit(extract_shard, arguments.cli, options,
                             shard_lines(shard, 1 + index * arguments.shard_size),
                             arguments.work_dir, f"shard-{index:05d}", pure=False)
               for index, shard in enumerate(shards)]
    scratch = tempfile.mkdtemp(prefix="yeonpyo-dask-")
    try:
        events = os.path.join(scratch, "events.jsonl")
        with open(events, "w", encoding="utf-8") as out:
            for index, future in enumerate(futures):  # in input order, as serial ingest reads
                result = future.result()
                if arguments.work_dir:
                    with open(result, encoding="utf-8") as shard:
                        shutil.copyfileobj(shard, out)
                else:
                    out.write(result)
                print(f"[{index + 1}/{len(futures)}] shard extracted", file=sys.stderr)
        imported = subprocess.run([arguments.local_cli or arguments.cli, "import", "--db",
                                   arguments.db, events])
        return imported.returncode
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the timeline document to add to")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local-workers", type=int, help="start a local cluster of N workers")
    parser.add_argument("--cli", default="yeonpyo-cli",
                        help="yeonpyo-cli as the workers find it (default: on their PATH)")
    parser.add_argument("--local-cli", help="yeonpyo-cli on this machine, if not --cli")
    parser.add_argument("--shard-size", type=int, default=100, help="articles per task")
    parser.add_argument("--work-dir",
                        help="a folder on storage every worker and this machine share: workers "
                             "write their events there instead of sending them back")
    parser.add_argument("--reference-date")
    parser.add_argument("--timezone")
    parser.add_argument("--lang")
    parser.add_argument("inputs", nargs="+", help="article files or folders of them")
    arguments = parser.parse_args()
    if arguments.shard_size < 1:
        parser.error("--shard-size must be at least 1")

    from dask.distributed import Client, LocalCluster
    if arguments.scheduler:
        with Client(arguments.scheduler) as client:
            return run(arguments, client)
    with LocalCluster(n_workers=arguments.local_workers, threads_per_worker=1,
                      processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        return run(arguments, client)


if __name__ == "__main__":
    sys.exit(main())
