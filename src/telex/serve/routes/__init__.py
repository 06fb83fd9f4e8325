"""The server's routes, one module per kind of thing served; each module's ``router`` function gives its routes."""
