# A typical C project with -include'd .d files made by an empty `%.d: ;` rule: no
# "is up to date" for makefiles, and -p shows the .d files as the makefiles' phase left them.
mkdir src include
touch src/main.c src/util.c include/util.h
cat > Makefile <<'MK'
SRCS := $(wildcard src/*.c)
OBJS := $(patsubst src/%.c,build/%.o,$(SRCS))
vpath %.h include
.PHONY: all clean
all: app
app: $(OBJS) | build
	$(CC) -o $@ $^
build/%.o: src/%.c util.h | build
	$(CC) -Iinclude -c $< -o $@
build: ; mkdir -p $@
clean: ; rm -rf build app
-include $(OBJS:.o=.d)
build/main.o: CFLAGS += -DMAIN
%.d: ;
MK
make -n
make -pq | grep -v '^#  Last modified' | grep -c 'build/main.d'
