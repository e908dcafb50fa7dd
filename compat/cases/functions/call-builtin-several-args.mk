# $(call) of a built-in function passes every argument: info/warning/error join them with
# ", "; a call with no arguments at all expands to nothing; other functions use theirs.
x := $(call info, x ,a b,	)
x := $(call info)
$(call warning,a,,b)
$(info [$(call strip, a , b)] [$(call if,,a,b,c)] [$(call or,,a,b)] [$(call and,a,,b)])
$(info [$(call addsuffix,.o,a b,c)] [$(call subst,a,b,aaa,x)])
all: ; $(call error,e1,e2)
