# Nested conditionals, with inner ones inside a false branch skipped entirely.
a = 1
ifdef a
 ifdef b
 $(info a and b)
 else
 $(info a not b)
 endif
else
 ifeq (x,x)
 $(info never)
 endif
endif
all: ; @:
