"""``python -m bastion`` runs the CLI."""

from bastion.cli.main import main

main()
