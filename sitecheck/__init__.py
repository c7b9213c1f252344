"""Checks over a built site folder, as plain functions: they work on any static build."""
