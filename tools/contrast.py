#!/usr/bin/env python3
# contrast.py — the WCAG 2.1 contrast of every text resources/style.css colours, on the
# backgrounds of libadwaita 1.2 (Debian 12), light and dark; the high-contrast styles use
# the same named colours, with dim text at style-hc.css's opacity.
#
# Usage: contrast.py STYLE.CSS [STYLE-HC.CSS]. Prints each ratio; exits 1 if one is below
# 4.5:1. The named colours are libadwaita 1.2's defaults-light.css and defaults-dark.css.
import re
import sys

def rgba(hexa, a=1.0):
    h = hexa.lstrip('#')
    return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), a)

def over(top, bottom):
    a = top[3]
    return tuple(top[i] * a + bottom[i] * (1 - a) for i in range(3)) + (1.0,)

def alpha(c, a):
    return c[:3] + (c[3] * a,)

def mix(c1, c2, f):  # GTK's mix(): each channel and alpha, not premultiplied
    return tuple(c1[i] * (1 - f) + c2[i] * f for i in range(4))

def luminance(c):
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])

def ratio(fg, bg):
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)

THEMES = {
    'light': dict(window_fg_color=rgba('000000', 0.8), accent_color=rgba('1c71d8'),
                  accent_bg_color=rgba('3584e4'), success_color=rgba('1b8553'),
                  warning_color=rgba('9c6e03'), error_color=rgba('c01c28'),
                  backgrounds={'window': rgba('fafafa'), 'view': rgba('ffffff'),
                               'card': rgba('ffffff'),
                               'selected row': over(rgba('000000', 0.08), rgba('fafafa'))}),
    'dark': dict(window_fg_color=rgba('ffffff'), accent_color=rgba('78aeed'),
                 accent_bg_color=rgba('3584e4'), success_color=rgba('8ff0a4'),
                 warning_color=rgba('f8e45c'), error_color=rgba('ff7b63'),
                 backgrounds={'window': rgba('242424'), 'view': rgba('1e1e1e'),
                              'card': over(rgba('ffffff', 0.08), rgba('242424')),
                              'selected row': over(rgba('ffffff', 0.1), rgba('242424'))}),
}

def declaration(css, selector, prop):
    """The value of @prop in the last rule whose selector list names @selector."""
    value = None
    for selectors, body in re.findall(r'([^{}]+)\{([^}]*)\}', re.sub(r'/\*.*?\*/', '', css, flags=re.S)):
        if selector in [s.strip() for s in selectors.split(',')]:
            m = re.search(r'(?<![\w-])' + prop + r'\s*:\s*([^;]+);', body)
            if m:
                value = m.group(1).strip()
    if value is None:
        sys.exit('%s has no %s' % (selector, prop))
    return value

def colour(value, theme, current):
    m = re.fullmatch(r'mix\(@(\w+),\s*@(\w+),\s*([\d.]+)\)', value)
    if m:
        return mix(theme[m.group(1)], theme[m.group(2)], float(m.group(3)))
    m = re.fullmatch(r'alpha\((@\w+|currentColor),\s*([\d.]+)\)', value)
    if m:
        base = current if m.group(1) == 'currentColor' else theme[m.group(1)[1:]]
        return alpha(base, float(m.group(2)))
    m = re.fullmatch(r'@(\w+)', value)
    if m:
        return theme[m.group(1)]
    sys.exit('cannot read the colour %s' % value)

def main():
    css = open(sys.argv[1], encoding='utf-8').read()
    hc = open(sys.argv[2], encoding='utf-8').read() if len(sys.argv) > 2 else None
    dim = {'': float(declaration(css, '.dim-label', 'opacity'))}
    dim[' hc'] = float(declaration(hc, '.dim-label', 'opacity')) if hc else dim['']
    worst = 99.0
    for name, theme in THEMES.items():
        fg = theme['window_fg_color']
        for style, opacity in dim.items():
            for where, base in theme['backgrounds'].items():
                texts = [('text', fg, base), ('dim text', alpha(fg, opacity), base)]
                for status in ('success', 'warning', 'error', 'accent'):
                    texts.append(('%s text' % status,
                                  colour(declaration(css, 'label.' + status, 'color'), theme, fg),
                                  base))
                tint = float(re.search(r'alpha\(currentColor,\s*([\d.]+)\)',
                                       declaration(css, '.badge', 'background-color')).group(1))
                for status in ('success', 'warning', 'error', 'accent', 'ended'):
                    text = colour(declaration(css, '.badge.' + status, 'color'), theme, fg)
                    texts.append(('%s badge' % status, text, over(alpha(text, tint), base)))
                pill = colour(declaration(css, 'customerrow .policy-count', 'background-color'),
                              theme, fg)
                texts.append(('policy count',
                              colour(declaration(css, 'customerrow .policy-count', 'color'), theme, fg),
                              over(pill, base)))
                for label, text, background in texts:
                    r = ratio(over(text, background), background)
                    worst = min(worst, r)
                    print('%-9s %-13s %-15s %5.2f%s' % (name + style, where, label, r,
                                                       '' if r >= 4.5 else '  below 4.5'))
    print('worst %.2f' % worst)
    return 0 if worst >= 4.5 else 1

if __name__ == '__main__':
    sys.exit(main())
