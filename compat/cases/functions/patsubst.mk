# $(patsubst) with %, without %, escaped \% and whitespace normalisation (manual 8.2).
$(info [$(patsubst %.c,%.o,x.c.c bar.c  baz.h)])
$(info [$(patsubst foo,bar,foo foox foo)])
$(info [$(patsubst %,pre-%-post,a b)])
$(info [$(patsubst \%x,y,%x ax)])
$(info [$(patsubst a%,%,a ab abc)])
all: ; @:
