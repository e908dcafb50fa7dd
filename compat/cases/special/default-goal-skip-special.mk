# Special targets never become the default goal.
.PHONY: b
.SUFFIXES:
b: ; @echo b
