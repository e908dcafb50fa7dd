# -j travels in MAKEFLAGS (jobserver fds filtered out)
#| args: -j2
all: ; @echo "[$$MAKEFLAGS]" | sed "s/ --jobserver-auth=[^ ]*//"