# A target-specific .EXTRA_PREREQS applies to that target only.
all: t1 t2 ; @:
t1: .EXTRA_PREREQS = helper
t1 t2: ; @echo $@ ^=[$^]
helper: ; @echo helper
