import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { replayCurl, replayTargetProblem } from './replay-curl';

describe('replayTargetProblem', () => {
  it.each(['http://127.0.0.1:3000/hook', 'https://example.test/hooks/ac?x=1', '  http://localhost:8080/  '])(
    'accepts %s',
    (url) => expect(replayTargetProblem(url)).toBeUndefined(),
  );
  it.each([
    ['', /Enter the URL/],
    ['127.0.0.1:3000/hook', /not an absolute URL|over http or https/],
    ['localhost/hook', /not an absolute URL/],
    ['ftp://example.test/x', /not ftp:/],
    ['http://user:pw@127.0.0.1/x', /user name and password/],
  ])('refuses %j', (url, message) => expect(replayTargetProblem(url)).toMatch(message));
});

describe('replayCurl', () => {
  const body = "type=subscribe&contact%5Bfirst_name%5D=O%27Brien&contact%5Bnote%5D=it's+$(rm+-rf)+`x`";

  it('posts the body and content type exactly as received, nothing else', () => {
    const { command, warnings } = replayCurl(
      { body, contentType: 'application/x-www-form-urlencoded; charset=utf-8', truncated: false },
      ' http://127.0.0.1:3000/hook ',
    );
    expect(warnings).toEqual([]);
    expect(command.split(' \\\n  ')).toEqual([
      "curl -X POST 'http://127.0.0.1:3000/hook'",
      "-H 'Content-Type: application/x-www-form-urlencoded; charset=utf-8'",
      `--data-raw 'type=subscribe&contact%5Bfirst_name%5D=O%27Brien&contact%5Bnote%5D=it'\\''s+$(rm+-rf)+\`x\`'`,
    ]);
  });

  it('survives a real shell: the quoted body comes back byte for byte', () => {
    const tricky = `${body}&multi=line\nnext&quote="double"&dollar=$HOME&bang=!x&back=\\n`;
    const { command } = replayCurl({ body: tricky, contentType: undefined, truncated: false }, 'http://127.0.0.1:1/');
    // Replace curl by printf so the shell's reading of the arguments is what is checked; nothing is sent.
    const script = command.replace(/^curl -X POST '[^']*' \\\n {2}-H '[^']*' \\\n {2}--data-raw /, 'printf %s ');
    expect(execFileSync('sh', ['-c', script], { encoding: 'utf8' })).toBe(tricky);
  });

  it('uses the form content type for a pasted body and says what it cannot reproduce', () => {
    const { command, warnings } = replayCurl(
      { body: 'a=1\0b', contentType: undefined, truncated: true },
      'http://x.test',
    );
    expect(command).toContain("-H 'Content-Type: application/x-www-form-urlencoded'");
    expect(command).toContain("--data-raw 'a=1b'");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/cut at the inbox limit/);
    expect(warnings[1]).toMatch(/NUL/);
  });
});
