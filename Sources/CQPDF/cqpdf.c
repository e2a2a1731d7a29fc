#include "cqpdf.h"

#include <dlfcn.h>
#include <pthread.h>

// The library file to load: the one whose headers this was built against.
#if QPDF_MAJOR_VERSION == 10
#define CQPDF_LIBRARY "libqpdf.so.28"
#elif QPDF_MAJOR_VERSION == 11
#define CQPDF_LIBRARY "libqpdf.so.29"
#else
#error "name the shared library file (soname) of this qpdf version here"
#endif

#define CQPDF_FUNCTIONS(X) \
    X(qpdf_init) X(qpdf_cleanup) X(qpdf_silence_errors) X(qpdf_has_error) X(qpdf_get_error) \
    X(qpdf_get_error_full_text) X(qpdf_read_memory) X(qpdf_get_root) X(qpdf_oh_has_key) X(qpdf_oh_get_key) \
    X(qpdf_oh_replace_key) X(qpdf_oh_new_unicode_string) X(qpdf_oh_new_dictionary) X(qpdf_oh_new_bool) \
    X(qpdf_oh_is_array) X(qpdf_oh_get_array_n_items) X(qpdf_oh_get_array_item) X(qpdf_oh_is_dictionary) \
    X(qpdf_oh_is_name_and_equals) X(qpdf_init_write_memory) X(qpdf_set_deterministic_ID) \
    X(qpdf_set_compress_streams) X(qpdf_set_decode_level) X(qpdf_write) X(qpdf_get_buffer) X(qpdf_get_buffer_length)

// One pointer per function, typed from qpdf's own declaration.
#define CQPDF_POINTER(name) static __typeof__(&name) p_##name;
CQPDF_FUNCTIONS(CQPDF_POINTER)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static QPDF_BOOL loaded = QPDF_FALSE;

static void load(void) {
    void* library = dlopen(CQPDF_LIBRARY, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
#define CQPDF_RESOLVE(name) \
    p_##name = (__typeof__(&name))dlsym(library, #name); \
    if (p_##name == NULL) return;
    CQPDF_FUNCTIONS(CQPDF_RESOLVE)
    loaded = QPDF_TRUE;
}

QPDF_BOOL cqpdf_load(void) {
    pthread_once(&once, load);
    return loaded;
}

char const* cqpdf_library_name(void) { return CQPDF_LIBRARY; }

qpdf_data cqpdf_init(void) { return cqpdf_load() ? p_qpdf_init() : NULL; }
void cqpdf_cleanup(qpdf_data* qpdf) { p_qpdf_cleanup(qpdf); }
void cqpdf_silence_errors(qpdf_data qpdf) { p_qpdf_silence_errors(qpdf); }
QPDF_BOOL cqpdf_has_error(qpdf_data qpdf) { return p_qpdf_has_error(qpdf); }
qpdf_error cqpdf_get_error(qpdf_data qpdf) { return p_qpdf_get_error(qpdf); }
char const* cqpdf_get_error_full_text(qpdf_data q, qpdf_error e) { return p_qpdf_get_error_full_text(q, e); }
QPDF_ERROR_CODE cqpdf_read_memory(qpdf_data qpdf, char const* description, char const* buffer,
                                  unsigned long long size, char const* password) {
    return p_qpdf_read_memory(qpdf, description, buffer, size, password);
}
qpdf_oh cqpdf_get_root(qpdf_data qpdf) { return p_qpdf_get_root(qpdf); }
QPDF_BOOL cqpdf_oh_has_key(qpdf_data qpdf, qpdf_oh oh, char const* key) { return p_qpdf_oh_has_key(qpdf, oh, key); }
qpdf_oh cqpdf_oh_get_key(qpdf_data qpdf, qpdf_oh oh, char const* key) { return p_qpdf_oh_get_key(qpdf, oh, key); }
void cqpdf_oh_replace_key(qpdf_data qpdf, qpdf_oh oh, char const* key, qpdf_oh item) {
    p_qpdf_oh_replace_key(qpdf, oh, key, item);
}
qpdf_oh cqpdf_oh_new_unicode_string(qpdf_data qpdf, char const* utf8_str) { return p_qpdf_oh_new_unicode_string(qpdf, utf8_str); }
qpdf_oh cqpdf_oh_new_dictionary(qpdf_data qpdf) { return p_qpdf_oh_new_dictionary(qpdf); }
qpdf_oh cqpdf_oh_new_bool(qpdf_data qpdf, QPDF_BOOL value) { return p_qpdf_oh_new_bool(qpdf, value); }
QPDF_BOOL cqpdf_oh_is_array(qpdf_data qpdf, qpdf_oh oh) { return p_qpdf_oh_is_array(qpdf, oh); }
int cqpdf_oh_get_array_n_items(qpdf_data qpdf, qpdf_oh oh) { return p_qpdf_oh_get_array_n_items(qpdf, oh); }
qpdf_oh cqpdf_oh_get_array_item(qpdf_data qpdf, qpdf_oh oh, int n) { return p_qpdf_oh_get_array_item(qpdf, oh, n); }
QPDF_BOOL cqpdf_oh_is_dictionary(qpdf_data qpdf, qpdf_oh oh) { return p_qpdf_oh_is_dictionary(qpdf, oh); }
QPDF_BOOL cqpdf_oh_is_name_and_equals(qpdf_data qpdf, qpdf_oh oh, char const* name) {
    return p_qpdf_oh_is_name_and_equals(qpdf, oh, name);
}
QPDF_ERROR_CODE cqpdf_init_write_memory(qpdf_data qpdf) { return p_qpdf_init_write_memory(qpdf); }
void cqpdf_set_deterministic_ID(qpdf_data qpdf, QPDF_BOOL value) { p_qpdf_set_deterministic_ID(qpdf, value); }
void cqpdf_set_compress_streams(qpdf_data qpdf, QPDF_BOOL value) { p_qpdf_set_compress_streams(qpdf, value); }
void cqpdf_set_decode_level(qpdf_data qpdf, enum qpdf_stream_decode_level_e level) { p_qpdf_set_decode_level(qpdf, level); }
QPDF_ERROR_CODE cqpdf_write(qpdf_data qpdf) { return p_qpdf_write(qpdf); }
unsigned char const* cqpdf_get_buffer(qpdf_data qpdf) { return p_qpdf_get_buffer(qpdf); }
size_t cqpdf_get_buffer_length(qpdf_data qpdf) { return p_qpdf_get_buffer_length(qpdf); }
