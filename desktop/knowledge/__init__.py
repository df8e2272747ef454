"""The knowledge base's standard answers, to read and (for managers) to manage."""
