#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster and creates the role the tests use
# (studio/studio, local only). Safe to run twice.
set -euo pipefail
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main
  cluster="$version main"
fi
pg_ctlcluster $cluster start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='studio'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE studio LOGIN SUPERUSER PASSWORD 'studio'\""
echo "PostgreSQL ready ($cluster)"
