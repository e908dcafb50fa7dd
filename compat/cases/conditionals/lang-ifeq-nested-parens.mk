# ifeq nested parens
ifeq ($(subst a,b,a),b)
$(info nested)
endif
all: ; @:
