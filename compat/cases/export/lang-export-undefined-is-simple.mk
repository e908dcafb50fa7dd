# export/unexport of an undefined name creates an empty simple variable
export v
unexport u
$(info $(flavor v) $(origin v) $(flavor u))
v += $(v:%.c=%.o)
all: ; @echo "[$$v]"
