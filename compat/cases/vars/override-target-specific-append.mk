# "override" target-specific += on a command-line variable appends for that target only.
#| args: F=cli
t: override F += extra
all: t u ; @:
t u: ; @echo $@ F=$(F)
