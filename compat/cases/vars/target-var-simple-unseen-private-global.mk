# A target-specific `:=` (and `!=`) expands in the target's context, where a private
# global is a parent's and unseen: once `all: private V ?= x` made the global V private,
# `lib: W := $(V)+` gives `+`.
V = global
all: private V ?= x
lib: W := $(V)+
lib: S != echo "[$(V)]"
all: lib
	@echo 'all [$(V)]'
lib:
	@echo 'lib [$(W)] [$(S)]'
