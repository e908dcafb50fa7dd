# $(file >) adds a newline unless the text already ends with one; $(file <) drops one trailing newline.
define two
a
b

endef
$(file >f1,$(two))
$(file >f2,x)
$(info [$(file <f1)])
all: ; @:
