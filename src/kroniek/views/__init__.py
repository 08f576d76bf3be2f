"""Terminal views over the store (rich): they read, format and print, nothing else."""
