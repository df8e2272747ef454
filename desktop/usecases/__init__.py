"""What the desk and the command line do that takes more than one command, written once.

Both front ends call these; neither wires a task up itself. Qt-free (an import-linter
contract keeps it so):

- `front.Front`: what a front end hands a task (the signed-in desk, its read models, how it
  reads them and runs a command).
- `printing`: a document rendered, sent, and its print recorded once it has gone out (the
  move-in pack, the renewal letter, the emergency log report, the visitor pass).
- `retention`: forget every record whose retention period is over.
- `export`: the auditor's copy of the store, written and recorded.
- `knowledge`: the standard answers Front Desk ships with, published into a new store.
"""
