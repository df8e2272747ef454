"""Dialogs the workspaces open for one task each."""
