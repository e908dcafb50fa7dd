# $(file) with a computed name and text containing commas and leading spaces.
name = out.txt
$(file > $(name),a, b,  c)
$(info [$(file < $(name))])
all: ; @:
