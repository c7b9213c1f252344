"""The site's own building blocks (worksheets, message templates), rendered by hooks/."""
