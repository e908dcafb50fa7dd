# $(origin) of target-specific and pattern-specific variables inside a recipe.
#| args: CL=1
t: TS = 1
t: override OV = 1
t: CL = 2
%: PS = 1
t: ; @echo TS=$(origin TS) OV=$(origin OV) CL=$(origin CL) PS=$(origin PS)
