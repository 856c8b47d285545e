# For check_parts.sh: prints "<part> <name> <file>" for each name declared at the top level of a
# source file's anonymous namespace (clang-format puts those at column 0). A part is compiled
# eight files at a time (cmake/parts.cmake), so two such names in one part would meet in one
# translation unit: as a redefinition the compiler names, or as two overloads it silently picks
# between.
FNR == 1 {
    inside = 0
    part = FILENAME
    sub(/^(.*\/)?src\//, "", part)
    n = split(part, p, "/")
    if (p[1] == "modules" && n > 3) part = p[1] "/" p[2] "/" p[3]  # a module's core, storage, web
    else if (p[1] == "modules") part = p[1] "/" p[2]               # its descriptor (FLAT)
    else if (p[1] == "platform") part = p[1] "/" p[2]
    else part = p[1]
}
/^namespace \{$/ { inside = 1; next }
/^\}  \/\/ namespace$/ { inside = 0; next }
!inside || /^$/ || /^[ }#\/]/ || /^(template|namespace|friend)([ <]|$)/ || /^using [^=]*;/ { next }
{
    line = $0
    name = ""
    if (match(line, /^(struct|class|enum class|enum|using|union) [A-Za-z_][A-Za-z0-9_]*/)) {
        n = split(substr(line, RSTART, RLENGTH), w, " ")
        name = w[n]
    } else {
        if (match(line, /[(={\[;]/)) line = substr(line, 1, RSTART - 1)
        sub(/[ \t]+$/, "", line)
        if (match(line, /[A-Za-z_][A-Za-z0-9_]*$/)) name = substr(line, RSTART, RLENGTH)
    }
    if (name != "" && name != "operator") print part, name, FILENAME
}
