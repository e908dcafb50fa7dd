# In a static pattern rule the stem keeps directories (no directory stripping as in implicit rules).
all: out/a.x ; @:
out/a.x: %.x: %.y ; @echo 'stem=$* prereq=$<'
out/a.y: ; @:
