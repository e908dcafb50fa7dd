# $(foreach) over a list with extra blanks iterates each word once; an empty body over two words still yields one joining space.
$(info [$(foreach w,  a   b  ,<$(w)>)] [$(foreach w,a b,)])
all: ; @:
