# vpath clear
#| setup: mkdir src
#| setup: touch src/a.c
vpath %.c src
vpath %.c
all: a.c ; @echo $<