"""`python -m wirecheck` runs the command line."""

from wirecheck.cli import main

main()
