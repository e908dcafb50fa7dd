# VPATH variable
#| setup: mkdir src
#| setup: touch src/a.c
VPATH = src
all: a.c ; @echo $<