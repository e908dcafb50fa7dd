# A -j on make's own command line (-j4, -j, -j1) wins over `MAKEFLAGS += -j2` in the
# makefile; a -j from the environment's MAKEFLAGS does not. With -j4 three recipes that
# wait for each other's files really run together.
printf 'MAKEFLAGS += -j2\n$(info [$(MAKEFLAGS)])\nall: ; @echo "[$(MAKEFLAGS)]"\n' > Makefile
make -j4
make
make -j
make -j1
MAKEFLAGS=-j3 make
printf 'MAKEFLAGS += -j2 -k\nall: ; @echo "[$(MAKEFLAGS)]"\n' > Makefile
make -j4 -s
cat > Makefile <<'MK'
MAKEFLAGS += -j2
wait = i=0; while [ ! -f $1 ] && [ $$i -lt 100 ]; do sleep 0.05; i=$$((i+1)); done; [ -f $1 ] && echo "got $1"
all : def_1 def_2 def_3
def_1 : ; @touch ONE; $(call wait,THREE)
def_2 : ; @$(call wait,FOUR); touch THREE
def_3 : ; @$(call wait,ONE); touch FOUR
MK
make -j4 2>&1 | sort; echo "rc=$?"
