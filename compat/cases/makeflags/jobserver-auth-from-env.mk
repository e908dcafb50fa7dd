# MAKEFLAGS inherited from a parent make with a jobserver whose fds are closed: warning and fallback to -j1.
#| env: MAKEFLAGS= -j2 --jobserver-auth=98,99
all: ; @echo flags=[$(MAKEFLAGS)]
