# $(call) with more than nine arguments: $(10) and $(11) work.
f = $(1)-$(9)-$(10)-$(11)
$(info $(call f,a,b,c,d,e,f,g,h,i,j,k))
all: ; @:
