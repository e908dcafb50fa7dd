# --environment-overrides is -e.
#| args: --environment-overrides
#| env: V=env
V = file
all: ; @echo V=$(V)
