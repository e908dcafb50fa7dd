# indented directives
  ifeq (a,a)
    x = 1
  endif
$(info $(x))
all: ; @:
