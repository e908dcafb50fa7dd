# -pn on a typical C project with generated dependency files (see dump-generated-deps.sh).
#| args: -pn
#| normalise: database
#| setup: mkdir src include && touch src/main.c src/util.c include/util.h
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
