// libxml2 for Casus's HTML and feed readers: the HTML parser, the XML parser and the tree API.
#ifndef CASUS_CLIBXML2_SHIM_H
#define CASUS_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and encoding.h then includes the system's ICU headers, whose
// declarations clash with the ICU copy inside Swift's Foundation. Casus never touches encoding
// handlers (only pointers to them sit in the structures it reads), so it does without ICU's.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
