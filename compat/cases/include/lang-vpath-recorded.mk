# vpath recorded
#| setup: mkdir src
#| setup: touch src/a.c
vpath %.c src
all: a.c ; @echo $<